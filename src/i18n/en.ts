/** English interface text; same keys as vi.ts. */
import type vi from "./vi.ts";

const en: typeof vi = {
  siteName: "Grassroots Democracy Data",
  tagline: "Open data from Vietnamese local governments' reports on grassroots democracy and mass mobilisation",
  skipToContent: "Skip to content",
  otherLanguage: "Tiếng Việt",
  nav: {
    home: "Home",
    indicators: "Indicators",
    compare: "Compare",
    explore: "SQL explorer",
    data: "Download data",
    methodology: "Methodology",
  },
  footer: {
    licence:
      "Data: CC BY 4.0. The source reports are not objects of copyright (Law on Intellectual Property, art. 15).",
  },
};

export default en;
