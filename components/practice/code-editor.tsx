'use client';

import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands';
import { python } from '@codemirror/lang-python';
import { bracketMatching, HighlightStyle, indentOnInput, indentUnit, syntaxHighlighting } from '@codemirror/language';
import { EditorState, Prec } from '@codemirror/state';
import { drawSelection, EditorView, highlightActiveLine, highlightActiveLineGutter, highlightSpecialChars, keymap, lineNumbers } from '@codemirror/view';
import { tags as t } from '@lezer/highlight';
import { useEffect, useRef } from 'react';

export interface CodeEditorHandle {
  setValue(code: string): void;
  focus(): void;
}

interface Props {
  initialValue: string;
  label: string;
  describedBy: string;
  onChange(code: string): void;
  onRun(): void;
  onFocus(): void;
  onReady(handle: CodeEditorHandle): void;
}

// Colours are CSS variables set on the wrapper (light and .dark), so switching themes needs no reconfigure.
const theme = EditorView.theme({
  '&': { color: 'var(--cm-fg)', backgroundColor: 'var(--cm-bg)', fontSize: '14px' },
  '&.cm-focused': { outline: '2px solid var(--cm-focus)', outlineOffset: '-2px' },
  '.cm-scroller': { fontFamily: 'var(--font-mono, ui-monospace, SFMono-Regular, Menlo, monospace)', lineHeight: '1.5' },
  '.cm-content': { caretColor: 'var(--cm-fg)', padding: '12px 0' },
  '.cm-cursor, .cm-dropCursor': { borderLeftColor: 'var(--cm-fg)' },
  '.cm-gutters': { backgroundColor: 'var(--cm-gutter-bg)', color: 'var(--cm-gutter-fg)', border: 'none' },
  '.cm-activeLine': { backgroundColor: 'var(--cm-active-line)' },
  '.cm-activeLineGutter': { backgroundColor: 'var(--cm-active-line)', color: 'var(--cm-fg)' },
  '&.cm-focused > .cm-scroller > .cm-selectionLayer .cm-selectionBackground, .cm-selectionBackground': { backgroundColor: 'var(--cm-selection)' },
  '&.cm-focused .cm-matchingBracket': { backgroundColor: 'var(--cm-bracket)', outline: '1px solid var(--cm-gutter-fg)' },
});

const highlight = HighlightStyle.define([
  { tag: [t.keyword, t.controlKeyword, t.definitionKeyword, t.operatorKeyword, t.moduleKeyword], color: 'var(--cm-keyword)' },
  { tag: [t.string, t.special(t.string)], color: 'var(--cm-string)' },
  { tag: [t.number, t.bool, t.null], color: 'var(--cm-number)' },
  { tag: [t.comment, t.lineComment], color: 'var(--cm-comment)', fontStyle: 'italic' },
  { tag: [t.function(t.definition(t.variableName)), t.function(t.variableName), t.definition(t.className)], color: 'var(--cm-function)' },
  { tag: [t.self, t.special(t.variableName)], color: 'var(--cm-number)' },
]);

/** CodeMirror 6 with Python, created once; the page keeps the document's source of truth in its own state. */
export default function CodeEditor({ initialValue, label, describedBy, onChange, onRun, onFocus, onReady }: Props) {
  const host = useRef<HTMLDivElement>(null);
  // Callbacks change identity on every render; the editor reads the latest through refs instead of reconfiguring.
  const callbacks = useRef({ onChange, onRun, onFocus });
  useEffect(() => {
    callbacks.current = { onChange, onRun, onFocus };
  });

  useEffect(() => {
    const view = new EditorView({
      parent: host.current!,
      state: EditorState.create({
        doc: initialValue,
        extensions: [
          // Before defaultKeymap, which binds Mod-Enter to insertBlankLine.
          Prec.highest(keymap.of([{ key: 'Mod-Enter', run: () => (callbacks.current.onRun(), true) }])),
          lineNumbers(),
          highlightActiveLineGutter(),
          highlightSpecialChars(),
          history(),
          drawSelection(),
          indentOnInput(),
          bracketMatching(),
          highlightActiveLine(),
          indentUnit.of('    '),
          EditorState.tabSize.of(4),
          python(),
          syntaxHighlighting(highlight),
          theme,
          // Tab indents; Esc then Tab leaves the editor (CodeMirror's built-in escape hatch, announced on the page).
          keymap.of([...defaultKeymap, ...historyKeymap, indentWithTab]),
          EditorView.contentAttributes.of({ 'aria-label': label, 'aria-describedby': describedBy, 'data-gramm': 'false', spellcheck: 'false', autocapitalize: 'off', autocorrect: 'off' }),
          EditorView.updateListener.of((u) => {
            if (u.docChanged) callbacks.current.onChange(u.state.doc.toString());
            if (u.focusChanged && u.view.hasFocus) callbacks.current.onFocus();
          }),
        ],
      }),
    });
    onReady({
      setValue: (code) => view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: code } }),
      focus: () => view.focus(),
    });
    return () => view.destroy();
    // Created once per mount: later values flow through setValue, callbacks through the ref.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  return <div ref={host} data-testid="code-editor" />;
}
