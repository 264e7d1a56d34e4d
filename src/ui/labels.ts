import type { RightId } from '../shared/profile.ts';
import type { AnalystStatus } from '../shared/state.ts';

// Message keys built from ids (message names allow only letters, digits and "_").

export const rightKey = (right: RightId) => `options_right_${right.replaceAll('-', '_')}`;
export const statusKey = (status: AnalystStatus) => `popup_status_${status.replaceAll('-', '_')}`;
const underscored = (stepId: string) => stepId.replaceAll(/[.-]/g, '_');
/** What to do on the page of a step ("you are on … : click …"). */
export const stepKey = (stepId: string) => `popup_where_${underscored(stepId)}`;
/** What to do next, for the steps the progress can name as next (engine/progress.ts nextStep). */
export const nextKey = (stepId: string) => `popup_next_${underscored(stepId)}`;
