/** Exit codes of every newsdigest command. */
export const EXIT_OK = 0;
/** Some article failed; the site is still built from the others. */
export const EXIT_ARTICLE_FAILED = 1;
/** Unknown command or flag, missing folder, unsafe output folder. */
export const EXIT_USAGE = 2;
