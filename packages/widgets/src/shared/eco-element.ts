import { LitElement } from 'lit';
import { VERSION } from '../version.js';
import { LangController } from './lang-controller.js';

/**
 * The base of every `eco-*` element: the package version it belongs to (compared when a tag is
 * already taken, see `defineElements`) and the language it speaks, kept in step with the `lang`
 * attributes above it. Elements that take data extend {@link EcoDataElement}, which adds the data,
 * not-found and permalink wiring.
 *
 * @category Widgets
 * @example
 * class EcoHello extends EcoElement {
 *   override render() { return html`${this.language.lang === 'zh-CN' ? '你好' : 'Hello'}`; }
 * }
 */
export class EcoElement extends LitElement {
  /** The package version that defined this class, compared when a tag is already taken. */
  static ecoVersion = VERSION;

  /** The language the element speaks now (`language.lang`). */
  protected readonly language = new LangController(this);
}
