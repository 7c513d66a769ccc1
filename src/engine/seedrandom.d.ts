// seedrandom ships one file per algorithm; importing just xor4096 keeps ARC4 and Node's
// `crypto` require out of the browser bundle. @types/seedrandom only types the main entry.
declare module 'seedrandom/lib/xor4096.js' {
  interface Xor4096 {
    (): number;
    int32(): number;
    double(): number;
  }
  const xor4096: (seed: string) => Xor4096;
  export default xor4096;
}
