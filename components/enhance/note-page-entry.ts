// The only script an exported note page loads (bundled by scripts/static-notes.mjs): the note is
// static HTML, so this wires up its controls and hydrates its widgets, and nothing else.
import { enhancePage } from './index';

enhancePage('hydrate');
