import type { ComponentType } from 'react';
import * as registry from '@/components/widgets/registry';
import type { BodySegment } from '@/lib/content';
import type { WidgetName } from '@/lib/widget-names';
import { BodyLinks } from './body-links';

// Typed against the list of names, so a name without a component does not compile.
const widgets: Record<WidgetName, ComponentType<Record<string, unknown>>> = registry;

/**
 * A note's body: build-time HTML that React places as opaque strings (it neither diffs nor hydrates
 * the thousands of nodes inside), with each widget between them as a client component of its own.
 */
export function NoteBody({ segments }: { segments: BodySegment[] }) {
  return (
    <>
      {segments.map((s, i) => {
        if ('html' in s) return <div key={i} data-note-body="" className="contents" dangerouslySetInnerHTML={{ __html: s.html }} />;
        const Widget = widgets[s.widget];
        return <Widget key={i} {...s.props} />;
      })}
      <BodyLinks />
    </>
  );
}
