import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { renderRoute } from "../test/render-route";
import * as aboutPage from "./about-page";
import * as homePage from "./home-page";
import * as notFoundPage from "./not-found-page";

describe("home, about and 404 pages", () => {
  it("invites browsing from the home page", async () => {
    renderRoute("/", "/", homePage);
    await screen.findByRole("heading", { level: 1, name: "Glass Heart Wiki" });
    expect(screen.getByRole("link", { name: "3 characters" })).toHaveAttribute("href", "/characters");
    expect(screen.getByRole("link", { name: "TENBLANK" })).toHaveAttribute("href", "/bands/tenblank");
  });

  it("lists the wiki's sources on the about page", async () => {
    renderRoute("/about", "/about", aboutPage);
    await screen.findByRole("heading", { level: 1, name: "About" });
    const link = screen.getByRole("link", { name: /Example article/ });
    expect(link).toHaveAttribute("href", "https://news.example.org/glass-heart");
    expect(link).toHaveAttribute("rel", "noopener noreferrer");
  });

  it("explains the name order choice and links to the setting", async () => {
    renderRoute("/about", "/about", aboutPage);
    const names = await screen.findByRole("region", { name: "Names" });
    expect(names).toHaveTextContent(/given name first \(Naoki Fujitani\).*family name first \(Fujitani Naoki\)/);
    expect(within(names).getByRole("link", { name: "reading settings" })).toHaveAttribute("href", "/settings");
  });

  it("answers an unknown address with links home and to search", async () => {
    renderRoute("*", "/no/such/page", notFoundPage);
    await screen.findByRole("heading", { level: 1, name: "Page not found" });
    expect(screen.getByRole("link", { name: "Go to the home page" })).toHaveAttribute("href", "/");
    expect(screen.getByRole("link", { name: "Search the wiki" })).toHaveAttribute("href", "/search");
  });
});
