package main

import (
	"os"
)

func main() {
	token := os.Getenv("GITHUB_TOKEN") // ⟦⟧
	password, ok := os.LookupEnv("DB_PASSWORD") // ⟦⟧
	apiKey := viper.GetString("stripe.api_key") // ⟦⟧
	secret := mustReadFile("/run/secrets/jwt_secret") // ⟦⟧
	dsn := fmt.Sprintf("postgres://%s:%s@%s:5432/%s", user, password, host, db) // ⟦⟧
	client := github.NewClient(nil).WithAuthToken(token) // ⟦⟧
	req.Header.Set("Authorization", "Bearer "+token) // ⟦⟧
	req.SetBasicAuth(username, password) // ⟦⟧
	_ = apiKey
	_ = secret
	_ = ok
}
