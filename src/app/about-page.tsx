import { Link } from "react-router";
import { PageTitle } from "../components/page-title";
import { Section } from "../components/section";
import { SourceList } from "../components/source-list";
import { ensureCollections } from "../data/queries";
import { pageMeta } from "../lib/meta";
import { paths } from "../lib/paths";
import { queryClient } from "../lib/query-client";
import type { Route } from "./+types/about-page";

async function load() {
  const { sources } = await ensureCollections(queryClient, ["sources"]);
  return { sources };
}

export const loader = () => load();
export const clientLoader = () => load();

export const meta = () =>
  pageMeta({
    title: "About",
    description: "What the Glass Heart Wiki is, how it handles spoilers and names, and every source it draws on.",
    path: paths.about(),
  });

export default function AboutPage({ loaderData }: Route.ComponentProps) {
  return (
    <article>
      <PageTitle lead="An unofficial, spoiler-aware fan wiki for the 2025 Netflix series Glass Heart.">About</PageTitle>
      <Section title="What this is">
        <p>
          The wiki gathers what public sources say about <cite>Glass Heart</cite>: its characters, the bands TENBLANK
          and OVER CHROME, the ten episodes, the songs and the reviews. It is made by fans and is not affiliated with
          Netflix, the production or the publishers of the original novels by Mio Wakagi.
        </p>
      </Section>
      <Section title="How facts are kept">
        <ul className="list-disc space-y-1 pl-6">
          <li>Every fact comes from a public source, listed on the page where it is used.</li>
          <li>Where the sources say nothing, the wiki says “not known” rather than guessing.</li>
          <li>Every summary is written in our own words; quotations are a few words, marked and credited.</li>
          <li>Twists are tagged with the episode that reveals them and stay closed until you open them.</li>
          <li>No images from the series are used.</li>
        </ul>
      </Section>
      <Section title="Names">
        <p>
          Names are shown given name first (Naoki Fujitani), as in the English subtitles, with the Japanese script
          beside them on profile pages. <Link to={paths.search()}>Search</Link> is being built to accept either order.
        </p>
      </Section>
      <SourceList sources={loaderData.sources} />
    </article>
  );
}
