export { boardPage, type BoardPage } from './board.js';
export { listPage, type ListPage, type SortLabel } from './list.js';
export { applicationPage, type ApplicationPage, type MoveOptions } from './application.js';
export { addForm, type AddForm, type AddFormInput } from './add-form.js';
export { shell, stageLabel, toasts, undoFromToast, chooseOption, fieldErrorOf } from './shared.js';
