/**
 * A note's body: build-time HTML that React places as one opaque string. Widgets are placeholders in
 * it; the export fills them with their server render and components/enhance hydrates them as islands.
 */
export function NoteBody({ html }: { html: string }) {
  return <div data-note-body="" className="contents" dangerouslySetInnerHTML={{ __html: html }} />;
}
