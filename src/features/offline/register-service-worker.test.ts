import { beforeEach, describe, expect, it, vi } from "vitest";

type Listener = (event: object) => void;

/** A stand-in for workbox-window's Workbox: records listeners and what the page asked of it. */
class FakeWorkbox {
  static last: FakeWorkbox | undefined;
  /** What register() answers when a browser refuses service workers. */
  static refusal: Promise<undefined> | undefined;
  readonly listeners = new Map<string, Listener[]>();
  readonly register = vi.fn(() => FakeWorkbox.refusal ?? Promise.resolve(undefined));
  readonly messageSkipWaiting = vi.fn();
  constructor(readonly url: string) {
    FakeWorkbox.last = this;
  }
  addEventListener(type: string, listener: Listener) {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }
  emit(type: string) {
    for (const listener of this.listeners.get(type) ?? []) listener({ type });
  }
}

vi.mock("workbox-window", () => ({ Workbox: FakeWorkbox }));
const { registerServiceWorker } = await import("./register-service-worker");

function fakeWindow() {
  const reload = vi.fn();
  return { win: { location: { reload } } as unknown as Window, reload };
}

describe("registerServiceWorker", () => {
  beforeEach(() => {
    FakeWorkbox.last = undefined;
  });

  it("registers the site's worker at the root", () => {
    registerServiceWorker(() => undefined, fakeWindow().win);
    expect(FakeWorkbox.last?.url).toBe("/sw.js");
    expect(FakeWorkbox.last?.register).toHaveBeenCalledTimes(1);
  });

  it("lets a browser that refuses service workers go on without one", async () => {
    const refusal = Promise.reject(new Error("SecurityError"));
    const handled = vi.spyOn(refusal, "catch");
    FakeWorkbox.refusal = refusal;
    try {
      registerServiceWorker(() => undefined, fakeWindow().win);
      expect(handled).toHaveBeenCalledTimes(1);
      await expect(handled.mock.results[0]?.value).resolves.toBeUndefined();
    } finally {
      FakeWorkbox.refusal = undefined;
    }
  });

  it("reports a waiting version and leaves it waiting until asked", () => {
    const onUpdate = vi.fn();
    const { win, reload } = fakeWindow();
    registerServiceWorker(onUpdate, win);
    const workbox = FakeWorkbox.last;
    workbox?.emit("waiting");
    expect(onUpdate).toHaveBeenCalledTimes(1);
    expect(workbox?.messageSkipWaiting).not.toHaveBeenCalled();
    expect(reload).not.toHaveBeenCalled();
  });

  it("on activate, lets the new version take over and reloads once it controls the page", () => {
    let activate: () => void = () => undefined;
    const { win, reload } = fakeWindow();
    registerServiceWorker((next) => {
      activate = next;
    }, win);
    const workbox = FakeWorkbox.last;
    workbox?.emit("waiting");
    activate();
    expect(workbox?.messageSkipWaiting).toHaveBeenCalledTimes(1);
    expect(reload).not.toHaveBeenCalled();
    workbox?.emit("controlling");
    workbox?.emit("controlling");
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it("does not reload when another tab's choice hands control to a new version", () => {
    const { win, reload } = fakeWindow();
    registerServiceWorker(() => undefined, win);
    FakeWorkbox.last?.emit("controlling");
    expect(reload).not.toHaveBeenCalled();
  });
});
