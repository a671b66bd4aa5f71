/// <reference types="vite/client" />

declare module '*.vue' {
  import type { DefineComponent } from 'vue';
  const component: DefineComponent<object, object, unknown>;
  export default component;
}

// Chromium's shape detection API (camera QR reading); absent in other browsers
interface DetectedBarcode {
  rawValue: string;
  format: string;
}
interface BarcodeDetectorOptions {
  formats?: string[];
}
declare class BarcodeDetector {
  constructor(options?: BarcodeDetectorOptions);
  static getSupportedFormats(): Promise<string[]>;
  detect(source: CanvasImageSource): Promise<DetectedBarcode[]>;
}
interface Window {
  BarcodeDetector?: typeof BarcodeDetector;
}
