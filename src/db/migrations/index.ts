import type { Migration } from 'kysely';
import * as tracker from './20261122_0001_tracker.js';
import * as applicationState from './20261122_0002_application_state.js';
import * as debrief from './20261122_0003_debrief.js';
import * as insightsIndexes from './20261122_0500_insights_indexes.js';
import * as mailImport from './20261122_0600_mail_import.js';

import * as replyDays from './20261122_0700_reply_days.js';
import * as questionPractice from './20261122_0800_question_practice.js';
import * as mailAccounts from './20261202_0400_mail_accounts.js';
import * as practiceCards from './20261202_0500_practice_cards.js';
import * as deletedApplications from './20261202_0900_deleted_applications.js';
import * as eventOrder from './20261202_0900_event_order.js';
import * as lessonsSaved from './20261202_0900_lessons_saved.js';
import * as sampleMarker from './20261202_1900_sample_marker.js';
import * as cancelledBookings from './20261202_2000_cancelled_bookings.js';
import * as growthPlan from './20261203_1000_growth_plan.js';
import * as storyBank from './20261203_1001_story_bank.js';
import * as contacts from './20261203_1100_contacts.js';
import * as momentum from './20261203_1200_momentum.js';
import * as importLayouts from './20261203_1300_import_layouts.js';
import * as accounts from './20261203_1400_accounts.js';
import * as listKeys from './20261203_16_0001_list_keys.js';
import * as search from './20261203_16_0002_search.js';
import * as backgroundJobs from './20261203_2100_background_jobs.js';
import * as coachSharing from './20261203_2200_coach_sharing.js';
import * as questionKinds from './20261203_2400_question_kinds.js';
import * as insightCounts from './20261203_2601_insight_counts.js';
import * as debriefCounts from './20261203_2602_debrief_counts.js';
import * as organisations from './20261204_0100_organisations.js';
import * as cohortCounts from './20261205_0100_cohort_counts.js';
import * as boardOrder from './20261205_02_0001_board_order.js';
import * as waitingIndex from './20261205_0500_waiting_index.js';
import * as countCleanup from './20261206_06_0001_count_cleanup.js';
import * as countLocks from './20261206_07_0001_count_locks.js';
import * as searchWalk from './20261206_08_0001_search_walk.js';
import * as winMarks from './20261207_03_0001_win_marks.js';
import * as bulkCounts from './20261207_04_0001_bulk_counts.js';
import * as activityDays from './20261208_01_0001_activity_days.js';
import * as searchCounts from './20261209_01_0001_search_counts.js';
/**
 * Every migration, in order. Append only: never edit or reorder a migration
 * that has shipped; add a new timestamp-named file and list it here.
 */
export const MIGRATIONS: Record<string, Migration> = {
  '20261122_0001_tracker': tracker,
  '20261122_0002_application_state': applicationState,
  '20261122_0003_debrief': debrief,
  '20261122_0500_insights_indexes': insightsIndexes,
  '20261122_0600_mail_import': mailImport,
  '20261122_0700_reply_days': replyDays,
  '20261122_0800_question_practice': questionPractice,
  '20261202_0400_mail_accounts': mailAccounts,
  '20261202_0500_practice_cards': practiceCards,
  '20261202_0900_deleted_applications': deletedApplications,
  '20261202_0900_event_order': eventOrder,
  '20261202_0900_lessons_saved': lessonsSaved,
  '20261202_1900_sample_marker': sampleMarker,
  '20261202_2000_cancelled_bookings': cancelledBookings,
  '20261203_1000_growth_plan': growthPlan,
  '20261203_1001_story_bank': storyBank,
  '20261203_1100_contacts': contacts,
  '20261203_1200_momentum': momentum,
  '20261203_1300_import_layouts': importLayouts,
  '20261203_1400_accounts': accounts,
  '20261203_16_0001_list_keys': listKeys,
  '20261203_16_0002_search': search,
  '20261203_2100_background_jobs': backgroundJobs,
  '20261203_2200_coach_sharing': coachSharing,
  '20261203_2400_question_kinds': questionKinds,
  '20261203_2601_insight_counts': insightCounts,
  '20261203_2602_debrief_counts': debriefCounts,
  '20261204_0100_organisations': organisations,
  '20261205_0100_cohort_counts': cohortCounts,
  '20261205_02_0001_board_order': boardOrder,
  '20261205_0500_waiting_index': waitingIndex,
  '20261206_06_0001_count_cleanup': countCleanup,
  '20261206_07_0001_count_locks': countLocks,
  '20261206_08_0001_search_walk': searchWalk,
  '20261207_03_0001_win_marks': winMarks,
  '20261207_04_0001_bulk_counts': bulkCounts,
  '20261208_01_0001_activity_days': activityDays,
  '20261209_01_0001_search_counts': searchCounts,
};
