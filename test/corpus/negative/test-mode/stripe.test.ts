import Stripe from "stripe";

const stripe = new Stripe("sk_test_⟦{{alnum:24}}⟧"); // ⟦⟧
const stripe51 = new Stripe("sk_test_51⟦{{alnum:97}}⟧"); // ⟦⟧
const restricted = "rk_test_51⟦{{alnum:97}}⟧"; // ⟦⟧
const publishable = "pk_test_51⟦{{alnum:97}}⟧"; // ⟦⟧
const braintree = "access_token$sandbox$⟦{{lowernum:16}}⟧$⟦{{hex:32}}⟧"; // ⟦⟧
const paddle = "test_⟦{{hex:27}}⟧"; // ⟦⟧
const clerk = "sk_test_⟦{{alnum:40}}⟧"; // ⟦⟧
const razorpay = "rzp_test_⟦{{alnum:14}}⟧"; // ⟦⟧

test("creates a charge in test mode", async () => {
  const charge = await stripe.charges.create({ amount: 2000, currency: "usd", source: "tok_visa" }); // ⟦⟧
  expect(charge.id).toMatch(/^ch_/);
});
