import { render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { Badge } from "./badge";
import { Card, CardGrid, CardTitle } from "./card";
import { ChipList } from "./chip-list";
import { DataTable } from "./data-table";
import { MemoryRouter } from "react-router";

describe("Card", () => {
  it("is an item of a list, headed by its title, with the band's colour on its top edge", () => {
    render(
      <CardGrid>
        <Card band="tenblank">
          <CardTitle>TENBLANK</CardTitle>
        </Card>
        <Card>
          <CardTitle level={3}>Reviews</CardTitle>
        </Card>
      </CardGrid>,
    );
    const items = within(screen.getByRole("list")).getAllByRole("listitem");
    expect(items).toHaveLength(2);
    expect(
      within(screen.getAllByRole("listitem")[0] ?? document.body).getByRole("heading", { level: 2, name: "TENBLANK" }),
    ).toBeInTheDocument();
    expect(items[0]).toHaveClass("border-t-band-tenblank");
    expect(
      within(screen.getAllByRole("listitem")[1] ?? document.body).getByRole("heading", { level: 3, name: "Reviews" }),
    ).toBeInTheDocument();
    expect(items[1]).toHaveClass("border-t-line-strong");
  });
});

describe("Badge", () => {
  it("wears the band's tint, or the neutral one", () => {
    render(
      <>
        <Badge band="over-chrome">OVER CHROME</Badge>
        <Badge>leader</Badge>
      </>,
    );
    expect(screen.getByText("OVER CHROME")).toHaveClass("bg-band-over-chrome-soft", "border-band-over-chrome");
    expect(screen.getByText("leader")).toHaveClass("bg-surface-sunken");
  });
});

describe("ChipList", () => {
  it("is a list whose chips link where they have somewhere to go", () => {
    render(
      <MemoryRouter>
        <ChipList
          chips={[
            { key: "a", to: "/characters/akane-saijo", label: "Akane Saijo" },
            { key: "b", label: "An unnamed fan" },
          ]}
        />
      </MemoryRouter>,
    );
    const list = screen.getByRole("list");
    expect(within(list).getByRole("link", { name: "Akane Saijo" })).toHaveAttribute("href", "/characters/akane-saijo");
    expect(within(list).getByText("An unnamed fan").closest("a")).toBeNull();
  });
});

describe("DataTable", () => {
  it("has a caption, column headers and one row per item, in a focusable region", () => {
    render(
      <DataTable
        caption="The ten episodes"
        rows={[{ n: 1 }, { n: 2 }]}
        rowKey={(row) => String(row.n)}
        columns={[
          { header: "Episode", cell: (row) => `Episode ${String(row.n)}` },
          { header: "Released", cell: () => "2025-07-31" },
        ]}
      />,
    );
    const region = screen.getByRole("region", { name: "The ten episodes" });
    expect(region).toHaveAttribute("tabindex", "0");
    const table = within(region).getByRole("table", { name: "The ten episodes" });
    expect(
      within(table)
        .getAllByRole("columnheader")
        .map((th) => th.textContent),
    ).toEqual(["Episode", "Released"]);
    expect(within(table).getAllByRole("row")).toHaveLength(3);
    expect(within(table).getByRole("cell", { name: "Episode 2" })).toBeInTheDocument();
  });
});
