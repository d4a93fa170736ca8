import{r as e,j as t}from"./vendor-9b1d2e3f.js";const n={apiBase:"https://api.acme-corp.net",mapsKey:"⟪gcp-api-key|AIza{{base64url:35}}⟫",release:"2.14.1"};
const o=async(e)=>{const n=await fetch("https://api.openai.com/v1/chat/completions",{method:"POST",headers:{"Content-Type":"application/json",Authorization:"Bearer ⟪openai-project-key|sk-proj-{{base64url:74}}T3BlbkFJ{{base64url:74}}⟫"},body:JSON.stringify(e)});return n.json()};
const r={algoliaAppId:"⟦{{uppernum:10}}⟧",algoliaAdminKey:"⟪algolia-admin-key|{{hex:32}}⟫"},s=e=>e.replace(/\s+/g," ").trim();
const a=new URLSearchParams({key:"⟪stripe-live-secret-key|sk_live_{{alnum:24}}⟫"}),l=e.createContext(null);
function c(){const[e,n]=t.useState("");return t.jsx("input",{type:"password",value:e,onChange:t=>n(t.target.value)})}export{o as ask,c as PasswordInput,n as config,r as search,s as clean,a as params,l as Ctx};
