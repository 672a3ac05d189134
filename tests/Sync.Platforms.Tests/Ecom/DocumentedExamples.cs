namespace Sync.Platforms.Tests.Ecom;

/// <summary>
/// Responses shaped as Ecwid's API reference shows them (the fields of its examples and field tables, with our own values),
/// typed out here rather than copied: what a real store answers, far richer than our simulator.
/// </summary>
internal static class DocumentedExamples
{
    public const string Order = """
        {
          "id": "SHOP-B8HGD-EU", "orderNumber": 450012387, "vendorOrderNumber": "SHOP-B8HGD-EU", "internalId": 450012387,
          "subtotal": 36.0, "total": 41.9, "usdTotal": 41.9, "tax": 1.9, "couponDiscount": 0, "volumeDiscount": 0, "discount": 0,
          "paymentMethod": "Credit or debit card (Mollie)", "paymentModule": "CUSTOM_PAYMENT_APP-mollie-pg",
          "paymentStatus": "PAID", "fulfillmentStatus": "AWAITING_PROCESSING",
          "refererUrl": "https://store.example/", "globalReferer": "", "createDate": "2026-11-30 15:08:36 +0000",
          "updateDate": "2026-11-30 15:09:35 +0000", "createTimestamp": 1796051316, "updateTimestamp": 1796051375, "hidden": false,
          "orderComments": "Leave at the counter", "privateAdminNotes": "", "email": "ada@example.com", "ipAddress": "203.0.113.7",
          "customerId": 40201284, "customerGroupId": 0, "customerGroup": "General", "customerTaxExempt": false, "customerTaxId": "",
          "customerTaxIdValid": false, "reversedTaxApplied": false, "acceptMarketing": false, "refererId": "",
          "disableAllCustomerNotifications": true, "externalFulfillment": false, "pricesIncludeTax": false,
          "discountInfo": [], "customSurcharges": [], "refundedAmount": 0, "refunds": [],
          "items": [
            {
              "id": 140273658, "productId": 66722487, "combinationId": 7084071, "categoryId": 19563207, "price": 12.0, "productPrice": 12.0,
              "sku": "TEE-M", "quantity": 2, "shortDescription": "", "tax": 1.2, "shipping": 0, "quantityInStock": 4, "name": "T-Shirt",
              "isShippingRequired": true, "weight": 0.2, "trackQuantity": true, "fixedShippingRateOnly": false, "digital": false,
              "productAvailable": true, "couponApplied": false,
              "selectedOptions": [{ "name": "Size", "value": "M", "valuesArray": ["M"], "type": "CHOICE",
                "selections": [{ "selectionTitle": "M", "selectionModifier": 0, "selectionModifierType": "ABSOLUTE" }] }],
              "taxes": [{ "name": "VAT", "value": 5, "total": 1.2, "taxOnDiscountedSubtotal": 1.2, "taxOnShipping": 0, "includeInPrice": false }],
              "dimensions": { "length": 0, "width": 0, "height": 0 }, "discounts": []
            },
            {
              "id": 140273659, "productId": 66821181, "categoryId": 0, "price": 12.0, "productPrice": 12.0, "sku": "MUG",
              "quantity": 1, "name": "Mug", "isShippingRequired": true, "trackQuantity": false, "digital": false, "selectedOptions": [], "taxes": []
            }
          ],
          "billingPerson": { "name": "Ada Lovelace", "companyName": "", "street": "1 Main St", "city": "London", "countryCode": "GB",
            "countryName": "United Kingdom", "postalCode": "N1 1AA", "stateOrProvinceCode": "", "phone": "+440000000" },
          "shippingPerson": { "name": "Ada Lovelace", "street": "1 Main St", "city": "London", "countryCode": "GB", "postalCode": "N1 1AA" },
          "shippingOption": { "shippingCarrierName": "", "shippingMethodName": "Pickup at Main Street", "shippingRate": 0,
            "estimatedTransitTime": "", "isPickup": true, "pickupInstruction": "Ask at the counter", "fulfillmentType": "PICKUP" },
          "handlingFee": { "name": "Wrapping", "value": 2, "description": "" },
          "additionalInfo": {}, "paymentParams": {}, "orderExtraFields": [], "shipments": [], "invoices": [],
          "creditCardStatus": { "avsMessage": "not checked", "cvvMessage": "not checked" }
        }
        """;

    public static readonly string Orders = $$"""{ "total": 1, "count": 1, "offset": 0, "limit": 100, "items": [ {{Order}} ] }""";

    public const string Updated = """{ "updateCount": 1 }""";

    public const string Combination = """
        {
          "id": 7084071, "combinationNumber": 2,
          "options": [{ "name": "Size", "nameTranslated": { "en": "Size" }, "value": "M", "valueTranslated": { "en": "M" } }],
          "sku": "TEE-M", "quantity": 4, "unlimited": false, "inStock": true, "price": 12.0, "defaultDisplayedPrice": 12.0,
          "defaultDisplayedPriceFormatted": "€12,00", "weight": 0.2, "warningLimit": 1, "attributes": [],
          "dimensions": { "length": 0, "width": 0, "height": 0 }, "outOfStockVisibilityBehaviour": "SHOW"
        }
        """;

    public static readonly string Product = $$"""
        {
          "id": 66722487, "sku": "TEE", "thumbnailUrl": "https://images.example/1.jpg", "unlimited": false, "quantity": 0, "inStock": true,
          "name": "T-Shirt", "nameTranslated": { "en": "T-Shirt" }, "price": 12.0, "priceInProductList": 12.0, "defaultDisplayedPrice": 12.0,
          "defaultDisplayedPriceFormatted": "€12,00", "tax": { "taxable": true, "defaultLocationIncludedTaxRate": 0, "enabledManualTaxes": [] },
          "isShippingRequired": true, "weight": 0.2, "url": "https://store.example/t-shirt", "created": "2026-01-04 07:20:11 +0000",
          "updated": "2026-11-04 07:20:12 +0000", "createTimestamp": 1767511211, "updateTimestamp": 1793776812, "productClassId": 0,
          "enabled": true, "options": [{ "type": "SIZE", "name": "Size", "choices": [{ "text": "M", "priceModifier": 0, "priceModifierType": "ABSOLUTE" }],
          "defaultChoice": 0, "required": true }], "warningLimit": 0, "fixedShippingRateOnly": false, "fixedShippingRate": 0,
          "shipping": { "type": "GLOBAL_METHODS", "methodMarkup": 0, "flatRate": 0, "disabledMethods": [], "enabledMethods": [] },
          "defaultCombinationId": 7084071, "description": "<p>Cotton</p>", "galleryImages": [], "media": { "images": [] },
          "categoryIds": [19563207], "categories": [{ "id": 19563207, "enabled": true }], "seoTitle": "", "seoDescription": "",
          "attributes": [], "files": [], "relatedProducts": { "productIds": [], "relatedCategory": { "enabled": false, "categoryId": 0, "productCount": 0 } },
          "combinations": [
            {{Combination}},
            { "id": 7084072, "combinationNumber": 1, "options": [{ "name": "Size", "value": "L" }], "inStock": true, "unlimited": true, "attributes": [] }
          ],
          "dimensions": { "length": 0, "width": 0, "height": 0 }, "isSampleProduct": false
        }
        """;

    public static readonly string Products = $$"""{ "total": 1, "count": 1, "offset": 0, "limit": 100, "items": [ {{Product}} ] }""";

    public const string Customers = """
        {
          "total": 1, "count": 1, "offset": 0, "limit": 100,
          "items": [{ "id": 1663830, "name": "Ada Lovelace", "email": "ada@example.com", "registered": "2025-09-26 18:27:18 +0000",
            "updated": "2026-10-26 18:27:18 +0000", "totalOrderCount": 3, "customerGroupId": 0, "customerGroupName": "General",
            "billingPerson": { "name": "Ada Lovelace", "firstName": "Ada", "lastName": "Lovelace", "companyName": "" },
            "shippingAddresses": [], "contacts": [], "taxExempt": false, "taxId": "", "taxIdValid": false, "acceptMarketing": false, "lang": "en" }]
        }
        """;
}
