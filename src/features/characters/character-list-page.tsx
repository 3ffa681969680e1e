import { Link } from "react-router";
import { Card, CardGrid } from "../../components/card";
import { CharacterAvatar } from "../../components/avatar";
import { PageTitle } from "../../components/page-title";
import { PersonName } from "../../components/person-name";
import { ensureCollections } from "../../data/queries";
import { pageMeta } from "../../lib/meta";
import { paths } from "../../lib/paths";
import { queryClient } from "../../lib/query-client";
import type { Route } from "./+types/character-list-page";
import { RouteErrorBoundary } from "../../components/route-error-boundary";

async function load() {
  const { characters } = await ensureCollections(queryClient, ["characters"]);
  return {
    characters: characters.map(({ id, name, summary, memberships }) => ({
      id,
      name,
      summary,
      // Just what the avatar needs to pick its band colour.
      memberships: memberships.map(({ band, revealedIn }) => ({ band, revealedIn })),
    })),
  };
}

export const loader = () => load();
export const clientLoader = () => load();

export const meta = () =>
  pageMeta({
    title: "Characters",
    description:
      "Every named character of Glass Heart: the TENBLANK members, their rivals in OVER CHROME, and the people around them.",
    path: paths.characters(),
  });

export default function CharacterListPage({ loaderData }: Route.ComponentProps) {
  return (
    <>
      <PageTitle lead="Everyone the story names, with who plays them.">Characters</PageTitle>
      <CardGrid>
        {loaderData.characters.map((character) => (
          <Card key={character.id}>
            <h2 className="flex items-center gap-3 text-lg font-semibold">
              <CharacterAvatar name={character.name} memberships={character.memberships} size="sm" />
              <Link to={paths.character(character.id)}>
                <PersonName name={character.name} />
              </Link>
            </h2>
            {character.name.native ? (
              <p lang="ja" className="text-ink-muted">
                {character.name.native}
              </p>
            ) : null}
            <p className="mt-2">{character.summary}</p>
          </Card>
        ))}
      </CardGrid>
    </>
  );
}

export const ErrorBoundary = RouteErrorBoundary;
