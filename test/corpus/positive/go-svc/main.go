package main

import (
	"context"
	"log"
	"net/http"
	"os"

	"github.com/google/go-github/v62/github"
	"github.com/slack-go/slack"
	"github.com/stripe/stripe-go/v79"
)

const (
	githubAppToken  = "⟪github-app-installation-token|ghs_{{alnum:36}}⟫"
	slackAppToken   = "⟪slack-app-token|xapp-1-A{{uppernum:10}}-{{digits:13}}-{{hex:64}}⟫"
	discordBotToken = "⟪discord-bot-token|M{{base64url:25}}.{{base64url:6}}.{{base64url:38}}⟫"
	dbPassword      = "⟪generic-password|{{alnum:12}}{{digits:4}}⟫"
)

var telegramToken = "⟪telegram-bot-token|{{digits:10}}:AA{{base64url:33}}⟫"

func main() {
	ctx := context.Background()
	stripe.Key = "⟪stripe-restricted-key|rk_live_51{{alnum:97}}⟫"
	gh := github.NewClient(nil).WithAuthToken(githubAppToken) ⟦⟧
	api := slack.New(os.Getenv("SLACK_BOT_TOKEN"), slack.OptionAppLevelToken(slackAppToken)) ⟦⟧
	_ = api
	_, _, err := gh.Repositories.Get(ctx, "acme", "billing")
	if err != nil {
		log.Fatal(err)
	}
	http.HandleFunc("/healthz", func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(http.StatusOK) })
	log.Fatal(http.ListenAndServe(":8080", nil))
}
