import { expect, test } from "@playwright/test";

test.use({ javaScriptEnabled: false });

const PAGES = [
  { url: "/episodes/5", heading: "Episode 5", link: { name: /^Next Episode 6\b/, href: "/episodes/6" } },
  {
    url: "/characters/toya-shinzaki",
    heading: "Toya Shinzaki",
    link: { name: "Masaki Suda", href: "/people/masaki-suda" },
  },
  { url: "/bands/tenblank", heading: "TENBLANK", link: { name: "Akane Saijo", href: "/characters/akane-saijo" } },
];

for (const page of PAGES) {
  test(`${page.url} is readable without JavaScript, with working links and twists kept closed`, async ({
    page: tab,
  }) => {
    await tab.goto(page.url);
    await expect(tab.getByRole("heading", { level: 1 })).toHaveText(page.heading);
    await expect(tab.getByRole("link", { name: page.link.name, exact: true }).first()).toHaveAttribute(
      "href",
      page.link.href,
    );
    const twists = tab.locator("main details");
    expect(await twists.count()).toBeGreaterThan(0);
    for (const twist of await twists.all()) await expect(twist).not.toHaveAttribute("open");
    await tab.getByRole("link", { name: page.link.name, exact: true }).first().click();
    await expect(tab).toHaveURL(new RegExp(`${page.link.href}$`));
  });
}
