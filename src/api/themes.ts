/** The theme resource: its query factory and its mutation hooks, which own their cache effects. */
export { themeQueries } from './themes-queries';
export { useCreateTheme, useDeleteTheme, useUpdateTheme, type UpdateThemeVariables } from './themes-mutations';
