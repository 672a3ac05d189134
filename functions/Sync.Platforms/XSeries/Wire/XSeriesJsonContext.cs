using System.Text.Json.Serialization;

namespace Sync.Platforms.XSeries.Wire;

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.AllowReadingFromString)]
[JsonSerializable(typeof(XPage<XOutlet>))]
[JsonSerializable(typeof(XPage<XRegister>))]
[JsonSerializable(typeof(XPage<XPaymentType>))]
[JsonSerializable(typeof(XPage<XUser>))]
[JsonSerializable(typeof(XPage<XProduct>))]
[JsonSerializable(typeof(XPage<XInventory>))]
[JsonSerializable(typeof(XData<XProduct>))]
[JsonSerializable(typeof(XData<XSale>))]
[JsonSerializable(typeof(XList<XSearchHit>))]
[JsonSerializable(typeof(XList<XCustomer>))]
[JsonSerializable(typeof(XData<XCustomer>))]
[JsonSerializable(typeof(XNewCustomer))]
[JsonSerializable(typeof(XRegisterSaleRequest))]
[JsonSerializable(typeof(XRegisterSaleEnvelope))]
[JsonSerializable(typeof(XList<XFulfillment>))]
[JsonSerializable(typeof(XFulfillmentAction))]
[JsonSerializable(typeof(XData<XFulfillmentVersion>))]
[JsonSerializable(typeof(XFulfillSale))]
[JsonSerializable(typeof(XList<XWebhook>))]
[JsonSerializable(typeof(XNewWebhook))]
[JsonSerializable(typeof(XToken))]
internal sealed partial class XSeriesJsonContext : JsonSerializerContext;
