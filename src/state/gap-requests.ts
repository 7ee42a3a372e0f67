/**
 * What the Gaps view asks the analysis service for, as pure functions of the view state: the
 * worker options (the run-wide analysis settings, so communities and betweenness are the
 * ones the rest of the explorer shows, and the thresholds) and the key under which a report
 * stays valid.
 *
 * Why a request kind of its own and not registry measures: a report is not a column per
 * actor or tie but findings with items, introductions and sentences; its rules read project
 * membership and tie years that the measures never see; and it runs on the ties only, while
 * a measure runs on the drawn graph (which may carry projected shared-project ties). It
 * still stands on the registry: the worker computes the measures it needs through the same
 * session, so nothing is computed twice.
 */
import { optionsFromSettings } from '../analysis/run-settings';
import type { WorkerGapOptions } from '../workers/analysis-protocol';
import type { ViewState } from './view-state';

export function gapOptions(state: ViewState): WorkerGapOptions {
  return {
    analysis: optionsFromSettings(state.analysis.settings),
    thresholds: state.gapRules,
    view: state.view,
  };
}

export const gapsKey = (state: ViewState) => JSON.stringify(gapOptions(state));
