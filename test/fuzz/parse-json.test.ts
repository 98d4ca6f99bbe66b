// Fuzzing the JSON parse functions with random values, loosely shaped documents and mutants of the
// Meixi files: they never throw; a rejection lists issues that each have a path into the input and
// a message in both languages; what they accept assesses, explains and annually assesses with
// finite numbers only.
import { describe, it } from 'vitest';
import fc from 'fast-check';
import { parseBundle, parseFramework, parseObservations, parseReports } from '@eco-reform/core';
import { params, timeout } from './runs.js';
import { meixi } from './meixi.js';
import { check, expectAnnual, expectAssessed, expectFinite, expectJsonRejection } from './checks.js';
import {
  anyInput,
  looseFramework,
  looseRecords,
  mutatedBundle,
  mutatedFramework,
  mutatedObservations,
  mutatedReports,
  year,
} from './inputs.js';

describe('parseFramework', () => {
  it(
    'rejects any random value with well-formed issues, never throwing',
    () => {
      fc.assert(
        fc.property(anyInput, (input) => {
          const r = parseFramework(input);
          if (!r.ok) expectJsonRejection(r.issues, input);
        }),
        params('cheap'),
      );
    },
    timeout,
  );

  it(
    'rejects loosely shaped frameworks with issues that lead into the input (rule checks on half-valid documents)',
    () => {
      fc.assert(
        fc.property(looseFramework, (input) => {
          const r = parseFramework(input);
          check(!r.ok, () => 'a loose framework was accepted');
          expectJsonRejection(r.issues, input);
        }),
        params('heavy'),
      );
    },
    timeout,
  );

  it(
    'handles mutants of the Meixi framework: well-formed issues, or a framework that assesses cleanly',
    () => {
      fc.assert(
        fc.property(mutatedFramework, year, ({ doc }, y) => {
          const r = parseFramework(doc);
          if (!r.ok) return expectJsonRejection(r.issues, doc);
          expectFinite(r.value, 'the parsed framework');
          expectAnnual(r.value, meixi.observations, meixi.reports, y);
        }),
        params('heavy'),
      );
    },
    timeout,
  );
});

describe('parseBundle', () => {
  it(
    'rejects any random value or loosely shaped bundle with well-formed issues, never throwing',
    () => {
      const input = fc.oneof(
        anyInput,
        fc.record(
          {
            framework: looseFramework,
            observations: looseRecords(['indicator', 'unit', 'period', 'value']),
            reports: anyInput,
          },
          { requiredKeys: [] },
        ),
      );
      fc.assert(
        fc.property(input, (x) => {
          const r = parseBundle(x);
          if (!r.ok) expectJsonRejection(r.issues, x);
        }),
        params('heavy'),
      );
    },
    timeout,
  );

  // What a bundle holds is assessed by the framework, observations and reports fuzzers below and
  // above; here the point is the bundle's own parse (issue paths prefixed with `framework`).
  it(
    'handles mutants of the Meixi bundle: well-formed issues leading into the bundle, or a valid bundle',
    () => {
      fc.assert(
        fc.property(mutatedBundle, ({ doc }) => {
          const r = parseBundle(doc);
          if (!r.ok) return expectJsonRejection(r.issues, doc);
          expectFinite(r.value, 'the parsed bundle');
        }),
        params('heavy'),
      );
    },
    timeout,
  );
});

describe('parseObservations', () => {
  it(
    'rejects any random value or loosely shaped observations with well-formed issues, never throwing',
    () => {
      const keys = ['indicator', 'unit', 'period', 'value', 'note', 'source', 'revision'];
      fc.assert(
        fc.property(fc.oneof(anyInput, looseRecords(keys)), (input) => {
          const r = parseObservations(input);
          if (!r.ok) expectJsonRejection(r.issues, input);
          else expectFinite(r.value, 'the parsed observations');
        }),
        params('cheap'),
      );
    },
    timeout,
  );

  it(
    'handles mutants of the Meixi observations: well-formed issues, or observations that assess cleanly',
    () => {
      fc.assert(
        fc.property(mutatedObservations, year, ({ doc }, y) => {
          const r = parseObservations(doc);
          if (!r.ok) return expectJsonRejection(r.issues, doc);
          expectFinite(r.value, 'the parsed observations');
          expectAssessed(meixi.framework, r.value, y);
        }),
        params('heavy'),
      );
    },
    timeout,
  );
});

describe('parseReports', () => {
  it(
    'rejects any random value or loosely shaped reports with well-formed issues, never throwing',
    () => {
      const keys = ['measure', 'node', 'date', 'percent', 'status', 'evidence', 'reporter'];
      fc.assert(
        fc.property(fc.oneof(anyInput, looseRecords(keys)), (input) => {
          const r = parseReports(input);
          if (!r.ok) expectJsonRejection(r.issues, input);
          else expectFinite(r.value, 'the parsed reports');
        }),
        params('cheap'),
      );
    },
    timeout,
  );

  it(
    'handles mutants of the Meixi reports: well-formed issues, or reports the annual assessment takes cleanly',
    () => {
      fc.assert(
        fc.property(mutatedReports, year, ({ doc }, y) => {
          const r = parseReports(doc);
          if (!r.ok) return expectJsonRejection(r.issues, doc);
          expectFinite(r.value, 'the parsed reports');
          expectAnnual(meixi.framework, meixi.observations, r.value, y);
        }),
        params('heavy'),
      );
    },
    timeout,
  );
});
