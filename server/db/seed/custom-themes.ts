/** Custom themes per scope kind; colours meet the same contrast rules as system themes. */
export const CUSTOM_THEMES = [
  {
    scope: 'personal',
    name: 'Studio Noir',
    font_primary: 'Space Grotesk',
    font_secondary: 'Inter',
    colors: '#111111 #EDEDED #1E1E1E #181818 #D4D4D4 #F5F5F5 #FACC15 #E5E5E5 #38BDF8 #111111 #111111 #111111 #2E2E2E',
  },
  {
    scope: 'personal',
    name: 'Weekend Zine',
    font_primary: 'Poppins',
    font_secondary: 'Work Sans',
    colors: '#FFFBEB #292524 #FEF3C7 #FFFFFF #57534E #1C1917 #B91C1C #1D4ED8 #FDE047 #FFFFFF #FFFFFF #292524 #FDE68A',
  },
  {
    scope: 'acme',
    name: 'Acme Signal',
    font_primary: 'Montserrat',
    font_secondary: 'Open Sans',
    colors: '#FFFFFF #111827 #F3F4F6 #F9FAFB #374151 #111827 #C2410C #1F2937 #FFD43B #FFFFFF #FFFFFF #1F2937 #E5E7EB',
  },
  {
    scope: 'northwind',
    name: 'Northwind Harbor',
    font_primary: 'Libre Baskerville',
    font_secondary: 'Nunito',
    colors: '#F2F6F7 #12303A #DCE7EA #FFFFFF #2D4A54 #12303A #1B5E6B #7A4E2D #9CC9C2 #FFFFFF #FFFFFF #12303A #C3D5DA',
  },
] as const;
