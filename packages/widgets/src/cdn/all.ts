/**
 * The one-file CDN build `eco-widgets.all.js`: every element, nothing fetched later. Its first
 * import listens for Lit being refused its Trusted Types policy, which throws while this file loads,
 * before any element is defined, so that the elements on the page say why they stay empty.
 * (Imports run in order; a statement in this file's body would run only after they all had.)
 *
 * @packageDocumentation
 */
import './listen-cannot-render.js';
import '../define.js';
