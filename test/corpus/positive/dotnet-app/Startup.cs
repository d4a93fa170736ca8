using Azure.Storage.Blobs;
using Microsoft.Extensions.DependencyInjection;
using Twilio;

namespace Acme.Orders;

public static class Startup
{
    private const string DevOpsPat = "⟪azure-devops-pat|{{b32lower:52}}⟫";
    private const string NuGetApiKey = "⟪nuget-api-key|oy2{{lowernum:43}}⟫";
    private static readonly string TwilioApiKeySecret = "⟪twilio-api-secret|{{alnum:32}}⟫";
    private static readonly string TwilioApiKeySid = "⟪twilio-api-key|SK{{hex:32}}⟫";

    public static void Configure(IServiceCollection services)
    {
        var storageKey = "⟪azure-storage-account-key|{{base64:86}}==⟫";
        services.AddSingleton(new BlobServiceClient(new Uri("https://acmeorders.blob.core.windows.net"), new Azure.Storage.StorageSharedKeyCredential("acmeorders", storageKey))); // ⟦⟧
        TwilioClient.Init(TwilioApiKeySid, TwilioApiKeySecret, "AC⟦{{hex:32}}⟧"); // ⟦⟧
        var password = Environment.GetEnvironmentVariable("ORDERS_DB_PASSWORD"); // ⟦⟧
        var conn = $"Host=db;Username=orders;Password={password}"; // ⟦⟧
        var legacy = new System.Net.NetworkCredential("svc_orders", "⟪generic-password|{{alnum:11}}{{digits:3}}⟫");
    }
}
