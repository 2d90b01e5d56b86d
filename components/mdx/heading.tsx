import type { ComponentPropsWithoutRef } from 'react';
import { ui } from '@/lib/ui-text/zh';

type Level = 'h2' | 'h3' | 'h4';

/** A note heading with a "#" link to itself; HeadingLinkCopier turns clicks into "copy link". */
export function makeHeading(Tag: Level) {
  function Heading({ id, children, ...rest }: ComponentPropsWithoutRef<Level>) {
    return (
      <Tag id={id} {...rest}>
        {children}
        {id && (
          <a href={`#${id}`} className="heading-anchor no-print" data-heading-anchor="" aria-label={ui.note.copyLink(id)}>
            #
          </a>
        )}
      </Tag>
    );
  }
  Heading.displayName = `Heading(${Tag})`;
  return Heading;
}
