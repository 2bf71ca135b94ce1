export { boardPage, type BoardPage, type CardRef } from './board.js';
export { listPage, type ListPage, type SortLabel } from './list.js';
export { applicationPage, type ApplicationPage, type MoveOptions } from './application.js';
export { addForm, type AddForm, type AddFormInput } from './add-form.js';
export { shell, stageLabel, toasts, undoFromToast, chooseOption, fieldErrorOf } from './shared.js';
export { debriefPage, debriefPanel, debriefsToFinish, type DebriefPage, type CheckInOptions } from './debrief.js';
export { journalPage, type JournalPage } from './journal.js';
export { mailImportPage } from './mail-import.js';
