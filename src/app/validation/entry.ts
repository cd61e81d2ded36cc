/** Validation's entry points for main.ts: the menu action and the simple onEdit trigger's body. */
export { validateDossier } from './validateDossier';
export { handleEdit } from './handleEdit';
