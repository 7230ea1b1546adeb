import Model
import SQLite

/// The TPC-DS profiles, chosen by table name when the table has the TPC-DS key column; any other
/// table uses the generic path.
enum TPCDSProfiles {
    static func profile(for table: Table) -> (any TableProfile)? {
        func has(_ column: String) -> Bool { table.column(named: column) != nil }
        switch table.name.lowercased() {
        case "date_dim" where has("d_date_sk"): return DateDimensionProfile()
        case "time_dim" where has("t_time_sk"): return TimeDimensionProfile()
        case "income_band" where has("ib_income_band_sk"): return IncomeBandProfile()
        case "customer_demographics" where has("cd_demo_sk"): return CustomerDemographicsProfile()
        case "household_demographics" where has("hd_demo_sk"): return HouseholdDemographicsProfile()
        case "customer_address" where has("ca_address_sk"): return CustomerAddressProfile()
        case "customer" where has("c_customer_sk"): return CustomerProfile()
        case "item" where has("i_item_sk"): return ItemProfile()
        case "store" where has("s_store_sk"): return StoreProfile()
        case "warehouse" where has("w_warehouse_sk"): return WarehouseProfile()
        case "call_center" where has("cc_call_center_sk"): return CallCenterProfile()
        case "web_site" where has("web_site_sk"): return WebSiteProfile()
        case "web_page" where has("wp_web_page_sk"): return WebPageProfile()
        case "catalog_page" where has("cp_catalog_page_sk"): return CatalogPageProfile()
        case "promotion" where has("p_promo_sk"): return PromotionProfile()
        case "reason" where has("r_reason_sk"): return ReasonProfile()
        case "ship_mode" where has("sm_ship_mode_sk"): return ShipModeProfile()
        case "inventory" where has("inv_item_sk"): return InventoryProfile()
        case "store_sales" where has("ss_item_sk"): return SalesProfile(channel: .store)
        case "catalog_sales" where has("cs_item_sk"): return SalesProfile(channel: .catalog)
        case "web_sales" where has("ws_item_sk"): return SalesProfile(channel: .web)
        case "store_returns" where has("sr_item_sk"): return ReturnsProfile(channel: .store)
        case "catalog_returns" where has("cr_item_sk"): return ReturnsProfile(channel: .catalog)
        case "web_returns" where has("wr_item_sk"): return ReturnsProfile(channel: .web)
        default: return nil
        }
    }
}
