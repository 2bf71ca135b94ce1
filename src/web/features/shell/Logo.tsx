/** The Debrief mark: a "D" around a warm dot. Decorative next to the product name. */
export function Logo({ size = 28 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <rect width="32" height="32" rx="8" fill="var(--mantine-color-sage-7)" />
      <path d="M9 8h7a8 8 0 0 1 0 16H9z" fill="none" stroke="#fff" strokeWidth="3" strokeLinejoin="round" />
      <circle cx="16" cy="16" r="2.5" fill="#f3c98b" />
    </svg>
  );
}
