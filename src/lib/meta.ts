export const SITE_NAME = "Glass Heart Wiki";

const DESCRIPTION_LIMIT = 160;

function clip(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= DESCRIPTION_LIMIT) return flat;
  return `${flat.slice(0, DESCRIPTION_LIMIT - 1).replace(/\s+\S*$/, "")}…`;
}

/** The head tags of one page: its own title and a description written from its content. */
export function pageMeta(title: string, description: string) {
  return [
    { title: title === SITE_NAME ? SITE_NAME : `${title} · ${SITE_NAME}` },
    { name: "description", content: clip(description) },
  ];
}

export const notFoundMeta = () =>
  pageMeta(
    "Page not found",
    "This page does not exist on the Glass Heart Wiki. Search the wiki or start from the home page.",
  );
