var builder = WebApplication.CreateBuilder(args);
var password = builder.Configuration["Database:Password"]; // ⟦⟧
var apiKey = Environment.GetEnvironmentVariable("SENDGRID_API_KEY"); // ⟦⟧
var secret = await secretClient.GetSecretAsync("jwt-signing-key"); // ⟦⟧
var connectionString = builder.Configuration.GetConnectionString("Default"); // ⟦⟧
var token = builder.Configuration.GetValue<string>("GitHub:Token"); // ⟦⟧
