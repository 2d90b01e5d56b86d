import Link from 'next/link';
import type { MDXComponents } from 'mdx/types';
import type { ComponentPropsWithoutRef } from 'react';
import { widgetComponents } from '@/components/widgets/registry';
import { Callout } from './callout';
import { makeHeading } from './heading';
import { A, Card, Q, Quiz } from './quiz-block';

function Anchor({ href = '', children, ...rest }: ComponentPropsWithoutRef<'a'>) {
  if (href.startsWith('/')) {
    return (
      <Link href={href} prefetch={false} {...rest}>
        {children}
      </Link>
    );
  }
  if (href.startsWith('#')) return <a href={href} {...rest}>{children}</a>;
  return (
    <a href={href} target="_blank" rel="noopener noreferrer" {...rest}>
      {children}
    </a>
  );
}

function Table(props: ComponentPropsWithoutRef<'table'>) {
  return (
    <div className="table-scroll">
      <table {...props} />
    </div>
  );
}

/** Everything a note may render: Markdown element overrides, quiz blocks, callouts and widgets. */
export const noteComponents = {
  a: Anchor,
  table: Table,
  h2: makeHeading('h2'),
  h3: makeHeading('h3'),
  h4: makeHeading('h4'),
  Callout,
  Quiz,
  Card,
  Q,
  A,
  ...widgetComponents,
} satisfies MDXComponents;
