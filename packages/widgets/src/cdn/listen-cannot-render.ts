/**
 * Side effect, imported first by the one-file build: reports Lit's refused Trusted Types policy in
 * the elements (see {@link showCannotRender}). The error still reaches the console as it would.
 *
 * @packageDocumentation
 */
import { showCannotRender } from './cannot-render.js';

window.addEventListener('error', (event) => void showCannotRender(event.error, document));
