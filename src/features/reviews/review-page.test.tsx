import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { fixtureDataset } from "../../test/fixture-dataset";
import { renderRoute } from "../../test/render-route";
import * as reviewList from "./review-list-page";
import * as reviewPage from "./review-page";

describe("review pages", () => {
  it("lists reviews with their score as printed", async () => {
    renderRoute("/reviews", "/reviews", reviewList);
    await screen.findByRole("heading", { level: 1, name: "Reviews" });
    expect(screen.getByRole("link", { name: "Example Outlet" })).toHaveAttribute("href", "/reviews/example-review");
    expect(screen.getByText(/score: 3\.5/)).toBeInTheDocument();
  });

  it("marks a review that gives away later episodes, and only that one", async () => {
    const data = fixtureDataset();
    const [review] = data.reviews;
    if (!review) throw new Error("the fixture has a review");
    data.reviews.push({ ...review, id: "spoiling-review", outlet: "Spoiling Outlet", spoilsUpTo: 7 });
    renderRoute("/reviews", "/reviews", reviewList, data);
    await screen.findByRole("heading", { level: 1, name: "Reviews" });
    expect(screen.getAllByText(/^Spoilers up to episode/)).toHaveLength(1);
    const spoiling = screen.getByRole("link", { name: "Spoiling Outlet" }).closest("li");
    expect(spoiling).toHaveTextContent("Spoilers up to episode 7");
  });

  it("shows the verdict, a marked and credited quotation, and what is not known", async () => {
    renderRoute("/reviews/:slug", "/reviews/example-review", reviewPage);
    await screen.findByRole("heading", { level: 1, name: "Review: Example Outlet" });
    expect(screen.getByText("Good music, thin story.")).toBeVisible();
    const quote = screen.getByText("very loud");
    expect(quote.tagName).toBe("Q");
    expect(quote.parentElement).toHaveTextContent("— Example Outlet");
    expect(screen.getByText("no scale printed")).toBeInTheDocument();
  });
});
