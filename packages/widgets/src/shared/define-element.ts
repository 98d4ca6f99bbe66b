/**
 * What happened when a tag was registered: newly `defined`, `already` defined by this same
 * version (the bundle was loaded twice), or taken by `another` version or another library.
 *
 * @category Widgets
 * @example
 * defineElement('eco-scorecard', EcoScorecard) //=> 'already' when this version defined it before
 */
export type DefineOutcome = 'defined' | 'already' | 'another';

/**
 * A custom element class that says which eco-reform version it belongs to.
 *
 * @category Widgets
 * @example
 * class CityScorecard extends EcoScorecard { static ecoVersion = '0.1.0'; } // satisfies VersionedElement
 */
export interface VersionedElement extends CustomElementConstructor {
  ecoVersion?: string;
}

/**
 * Defines `tag` unless the page already has it: loading the bundle twice, or two versions of it,
 * must never throw "has already been used with this registry".
 *
 * @param tag - The custom element name, e.g. `eco-status-badge`.
 * @param ctor - The class to register.
 * @param registry - The registry to use; the page's by default.
 * @returns What happened, so the caller can warn once about a different version.
 *
 * @category Widgets
 * @example
 * defineElement('city-scorecard', class extends EcoScorecard {}) //=> 'defined' ('already' or 'another' when the tag is taken)
 */
export function defineElement(
  tag: string,
  ctor: VersionedElement,
  registry: CustomElementRegistry = customElements,
): DefineOutcome {
  const existing = registry.get(tag) as VersionedElement | undefined;
  if (!existing) {
    registry.define(tag, ctor);
    return 'defined';
  }
  return existing.ecoVersion === ctor.ecoVersion ? 'already' : 'another';
}

/**
 * Defines several tags and warns once (not once per tag) when some were already taken by
 * a different version, naming them.
 *
 * @param entries - `[tag, class]` pairs.
 * @param version - This bundle's version, for the warning.
 * @returns The outcome per tag.
 *
 * @category Widgets
 * @example
 * defineElements([['eco-scorecard', EcoScorecard], ['eco-status-badge', EcoStatusBadge]], VERSION)
 */
export function defineElements(
  entries: ReadonlyArray<readonly [string, VersionedElement]>,
  version: string,
): Record<string, DefineOutcome> {
  const outcomes: Record<string, DefineOutcome> = {};
  const clashes: string[] = [];
  for (const [tag, ctor] of entries) {
    const outcome = defineElement(tag, ctor);
    outcomes[tag] = outcome;
    if (outcome === 'another') {
      const other = (customElements.get(tag) as VersionedElement | undefined)?.ecoVersion ?? 'unknown';
      clashes.push(`<${tag}> (${other})`);
    }
  }
  if (clashes.length > 0) {
    console.warn(
      `@eco-reform/widgets ${version}: kept the elements another version already defined: ${clashes.join(', ')}. ` +
        'Load one version per page, or register this version under other names with customElements.define().',
    );
  }
  return outcomes;
}
