/** The one function of domino (turndown's own HTML parser outside browsers) that the Markdown zip worker uses; the package's types name it 'domino'. */
declare module '@mixmark-io/domino' {
  export function createDocument(html?: string, force?: boolean): Document;
}
