/** Starlight's Pagefind options (from its `pagefind` config), which our search dialog passes on like Starlight does. */
declare module 'virtual:starlight/pagefind-config' {
  export const pagefindUserConfig: Record<string, unknown>;
}
