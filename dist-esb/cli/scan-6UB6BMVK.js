import {
  scanFilesCommand,
  scanStagedCommand,
  withoutIgnored
} from "./chunk-TYGF6MSA.js";
import "./chunk-Z3XDZXF6.js";
import "./chunk-BXDLSJOL.js";
import "./chunk-YNGIY63H.js";
import "./chunk-AGT4MKMN.js";
import "./chunk-OWTXEH2N.js";
import "./chunk-RJDUTWBM.js";
import "./chunk-WTFPX6FU.js";
import "./chunk-VFHTMC3F.js";
export {
  scanFilesCommand,
  scanStagedCommand,
  withoutIgnored
};
