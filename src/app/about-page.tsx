import { Link } from "react-router";
import { PageTitle } from "../components/page-title";
import { Section } from "../components/section";
import { SourceList } from "../components/source-list";
import { ensureCollections } from "../data/queries";
import { pageMeta } from "../lib/meta";
import { paths } from "../lib/paths";
import { queryClient } from "../lib/query-client";
import type { Route } from "./+types/about-page";
import { RouteErrorBoundary } from "../components/route-error-boundary";

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
          <li>
            Twists are tagged with the episode that reveals them and stay hidden until you have watched that far (say
            how far under “Watched up to”) or choose to show one.
          </li>
          <li>No images from the series are used.</li>
        </ul>
      </Section>
      <Section title="Names">
        <p>
          The English subtitles call people given name first (Naoki Fujitani) while the dialogue says the family name
          first (Fujitani Naoki), so you choose the order, and whether long vowels keep their macrons (Saijō), in the{" "}
          <Link to={paths.settings()}>reading settings</Link>; the Japanese script stays beside the name on profile
          pages, and <Link to={paths.search()}>search</Link> accepts either order.
        </p>
      </Section>
      <SourceList sources={loaderData.sources} />
    </article>
  );
}

export const ErrorBoundary = RouteErrorBoundary;
