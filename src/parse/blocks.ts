/** Plain-text blocks of an article body: what extraction reads instead of the Markdown tree. */
export interface TextBlock {
  /** Plain text of the block, inline markup removed. */
  text: string;
  /** `caption`: a photo caption, told apart by extraction (page furniture), never by the parser. */
  kind: 'paragraph' | 'heading' | 'quote' | 'list-item' | 'caption';
  /** 1-based line in the file. */
  line: number;
  /** 1-based column of the text's first character on that line, when it does not start the line (page furniture cut off before it). */
  column?: number;
}

/** Something the parser changed in the article and wants the writer to know (a warning). */
export interface ParseNote {
  /** 1-based line in the file. */
  line: number;
  ruleId: string;
  reason: string;
}

export interface ParsedArticle {
  /** Title found in the text itself (a leading `# Title`, or a title-like first line of raw text). */
  title: string | null;
  /** 1-based line of that title. */
  titleLine: number | null;
  blocks: TextBlock[];
  /** Body HTML, sanitised (raw HTML dropped, dangerous URLs removed), title excluded. */
  html: string;
  /** Warnings about the body (nesting flattened). */
  notes: ParseNote[];
}
