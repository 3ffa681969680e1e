/// <reference types="vite/client" />

// eslint-disable-next-line @typescript-eslint/consistent-type-definitions -- extends Vite's ImportMetaEnv by declaration merging, which needs an interface
interface ImportMetaEnv {
  /** The site's public address, used for canonical links, previews and the sitemap. */
  readonly VITE_SITE_URL?: string;
}
