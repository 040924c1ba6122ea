import type { Unit } from "../../../shared/units.js";

/**
 * The iWmo codes a voorziening is declared in (iStandaarden, code lists WMO022/WMO757 and the
 * unit list): the product category is national, the product code the municipality's own
 * (five characters within the category), the unit says what the volume counts.
 */
export interface IwmoCodes {
  productCategory: string;
  productCode: string;
  unitCode: string;
}

/** iWmo product categories this portal's catalogues use. */
export const IWMO_CATEGORY = { BEGELEIDING: "02", KORTDUREND_VERBLIJF: "04", DAGBESTEDING: "07", VERVOER: "08" } as const;

/** iWmo unit codes: 01 minuut, 04 uur, 14 etmaal, 16 dagdeel. The portal counts whole minutes, so hours are declared in minutes. */
export const IWMO_UNIT: Record<Unit, string> = { MINUTES: "01", DAGDELEN: "16", ETMALEN: "14" };

/** Demo product codes; a municipality sets its own in a new catalogue version. */
const DEMO_PRODUCT_CODES: Record<string, string> = {
  RECREATIEVE_DAGBESTEDING: "07V01",
  KORTDURENDE_BEGELEIDING: "02V01",
  ZORGCOORDINATIE: "02V02",
  WAAKVLAMCONTACT: "02V03",
  WAAKVLAMBEGELEIDING: "02B01",
  SPECIALISTISCHE_WAAKVLAMBEGELEIDING: "02B02",
  BEGELEIDING_KORTDUREND: "02B03",
  SPECIALISTISCHE_BEGELEIDING_KORTDUREND: "02B04",
  BEGELEIDING_MIDDELLANG: "02B05",
  SPECIALISTISCHE_BEGELEIDING_MIDDELLANG: "02B06",
  DAGBESTEDING_BASIS: "07B01",
  DAGBESTEDING_SPECIALISTISCH: "07B02",
  DAGBESTEDING_EXTRA_ONDERSTEUNING: "07B03",
};

function categoryOf(code: string): string {
  if (code.includes("DAGBESTEDING")) return IWMO_CATEGORY.DAGBESTEDING;
  if (code.includes("VERBLIJF")) return IWMO_CATEGORY.KORTDUREND_VERBLIJF;
  if (code.includes("VERVOER")) return IWMO_CATEGORY.VERVOER;
  return IWMO_CATEGORY.BEGELEIDING;
}

/** The codes a voorziening gets when its catalogue version names none. */
export function defaultIwmoCodes(code: string, unit: Unit): IwmoCodes {
  const productCategory = categoryOf(code);
  return { productCategory, productCode: DEMO_PRODUCT_CODES[code] ?? `${productCategory}X00`, unitCode: IWMO_UNIT[unit] };
}
