// Vite turns *.module.css into a map of class names; the web tsconfig loads no Vite types.
declare module '*.module.css' {
  const classes: Readonly<Record<string, string>>;
  export default classes;
}
