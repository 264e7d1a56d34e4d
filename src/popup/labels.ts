import type { RightId } from '../shared/profile.ts';
import type { AnalystStatus } from '../shared/state.ts';

// Message keys built from ids (message names allow only letters, digits and "_").

export const rightKey = (right: RightId) => `options_right_${right.replaceAll('-', '_')}`;
export const statusKey = (status: AnalystStatus) => `popup_status_${status.replaceAll('-', '_')}`;
export const stepKey = (stepId: string) => `popup_where_${stepId.replaceAll(/[.-]/g, '_')}`;
