import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { SearchDialog, type SearchDialogProps } from './search-dialog';

/**
 * Mounts the search dialog as a React root of its own, on any page: note pages are static HTML with
 * no app around them, and on app pages this keeps the dialog's code out of every page's first load.
 * On close it unmounts and gives focus back to `opener`, as a modal dialog should.
 */
export function openSearchDialog(opener: HTMLElement, takeTypedAhead?: SearchDialogProps['takeTypedAhead']): void {
  const host = document.createElement('div');
  document.body.append(host);
  const root = createRoot(host);
  const close = () => {
    root.unmount();
    host.remove();
    requestAnimationFrame(() => opener.focus());
  };
  root.render(createElement(SearchDialog, { onClose: close, takeTypedAhead }));
}
