/**
 * Registers every eco-reform element under its `eco-*` tag, skipping tags the page already
 * has. This is the module the CDN bundle is built from.
 *
 * @packageDocumentation
 */
import { EcoStatusBadge } from './components/status-badge/status-badge.component.js';
import { EcoScorecard } from './components/scorecard/scorecard.component.js';
import { EcoProgressChart } from './components/progress-chart/progress-chart.component.js';
import { EcoTaskBoard } from './components/task-board/task-board.component.js';
import { EcoRedline } from './components/redline/redline.component.js';
import { EcoBreakdown } from './components/breakdown/breakdown.component.js';
import { EcoWeights } from './components/weights/weights.component.js';
import { EcoRanking } from './components/ranking/ranking.component.js';
import { EcoLedger } from './components/ledger/ledger.component.js';
import { defineElements } from './internal/define-element.js';
import { VERSION } from './version.js';

defineElements(
  [
    ['eco-status-badge', EcoStatusBadge],
    ['eco-scorecard', EcoScorecard],
    ['eco-progress-chart', EcoProgressChart],
    ['eco-task-board', EcoTaskBoard],
    ['eco-redline', EcoRedline],
    ['eco-breakdown', EcoBreakdown],
    ['eco-weights', EcoWeights],
    ['eco-ranking', EcoRanking],
    ['eco-ledger', EcoLedger],
  ],
  VERSION,
);

export {
  EcoStatusBadge,
  EcoScorecard,
  EcoProgressChart,
  EcoTaskBoard,
  EcoRedline,
  EcoBreakdown,
  EcoWeights,
  EcoRanking,
  EcoLedger,
};

declare global {
  interface HTMLElementTagNameMap {
    'eco-status-badge': EcoStatusBadge;
    'eco-scorecard': EcoScorecard;
    'eco-progress-chart': EcoProgressChart;
    'eco-task-board': EcoTaskBoard;
    'eco-redline': EcoRedline;
    'eco-breakdown': EcoBreakdown;
    'eco-weights': EcoWeights;
    'eco-ranking': EcoRanking;
    'eco-ledger': EcoLedger;
  }
}
